# case: segmentation head with auxiliary classifier returns a plain SegHeadOutput object built in construct because config.return_dict defaults to True -> error (plain Python class instance created in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegHeadConfig:
    def __init__(self, num_classes=13, hidden=32, aux_weight=0.4, return_dict=True, use_aux=True):
        self.num_classes = num_classes
        self.hidden = hidden
        self.aux_weight = aux_weight
        self.return_dict = return_dict
        self.use_aux = use_aux


class SegHeadOutput:
    def __init__(self, logits, aux_logits=None):
        self.logits = logits
        self.aux_logits = aux_logits


class PointSegHead(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        self.return_dict = config.return_dict
        self.use_aux = config.use_aux
        self.fc1 = nn.Dense(in_channels, config.hidden)
        self.cls = nn.Dense(config.hidden, config.num_classes)
        self.aux = nn.Dense(in_channels, config.num_classes) if config.use_aux else None

    def construct(self, point_feats):
        h = ops.relu(self.fc1(point_feats))
        logits = self.cls(h)
        aux_logits = self.aux(point_feats) if self.aux is not None else None
        if not self.return_dict:
            return (logits, aux_logits) if self.use_aux else (logits,)
        return SegHeadOutput(logits=logits, aux_logits=aux_logits)


def make():
    np.random.seed(3491)
    feats = Tensor(np.random.randn(2, 64, 24).astype(np.float32))
    return PointSegHead(SegHeadConfig(), 24), (feats,)
