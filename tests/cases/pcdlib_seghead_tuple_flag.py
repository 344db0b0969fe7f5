# case: segmentation head whose return_dict flag is off in the config, so it returns a tuple whose length depends on output_aux; the output class path is never taken -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegHeadConfig:
    def __init__(self, num_classes=13, hidden=32, return_dict=False, output_aux=True, dropout=0.0):
        self.num_classes = num_classes
        self.hidden = hidden
        self.return_dict = return_dict
        self.output_aux = output_aux
        self.dropout = dropout


class SegHeadOutput:
    def __init__(self, logits, aux_logits=None):
        self.logits = logits
        self.aux_logits = aux_logits


class PointSegHead(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_aux = config.output_aux
        self.fc1 = nn.Dense(in_channels, config.hidden)
        self.cls = nn.Dense(config.hidden, config.num_classes)
        self.aux = nn.Dense(in_channels, config.num_classes)

    def construct(self, point_feats, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        h = ops.relu(self.fc1(point_feats))
        logits = self.cls(h)
        aux_logits = self.aux(point_feats)
        if return_dict:
            return SegHeadOutput(logits=logits, aux_logits=aux_logits)
        outputs = (logits,) + (aux_logits,) if self.output_aux else (logits,)
        return outputs


def make():
    np.random.seed(3492)
    feats = Tensor(np.random.randn(2, 64, 24).astype(np.float32))
    return PointSegHead(SegHeadConfig(), 24), (feats,)
