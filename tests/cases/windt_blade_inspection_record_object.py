# case: blade inspection cell builds a plain Python InspectionRecord object in construct, sets its fields from tensors and returns it -> custom Python object created and mutated in Graph mode, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionRecord:
    def __init__(self, blade_id):
        self.blade_id = blade_id
        self.severity = None
        self.location = None


class BladeInspector(nn.Cell):
    def __init__(self, feat_dim=12, blade_id=2):
        super().__init__()
        self.severity_head = nn.Dense(feat_dim, 1)
        self.blade_id = blade_id

    def construct(self, span_feats):
        sev = ops.sigmoid(self.severity_head(span_feats)).squeeze(-1)
        rec = InspectionRecord(self.blade_id)
        rec.severity = sev.max()
        rec.location = ops.argmax(sev)
        return rec


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    return BladeInspector(), (feats,)
