<?xml version="1.0"?>
<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>0</int></value></member><member><name>faultString</name><value><string>XML-RPC requires POST</string></value></member></struct></value></fault></methodResponse>
