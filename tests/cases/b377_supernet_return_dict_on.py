# case: NAS supernet configured with return_dict=True wraps logits and architecture weights in a plain SupernetOutput class returned from construct -> expected error (plain Python object created and returned in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SupernetConfig:
    def __init__(self, hidden=16, num_classes=4, num_candidates=3, return_dict=True):
        self.hidden = hidden
        self.num_classes = num_classes
        self.num_candidates = num_candidates
        self.return_dict = return_dict


class SupernetOutput:
    def __init__(self, logits, arch_weights=None, loss=None):
        self.logits = logits
        self.arch_weights = arch_weights
        self.loss = loss


class SupernetBase(nn.Cell):
    def _mix(self, x):
        w = ops.softmax(self.alpha, axis=0)
        out = 0
        for i, op in enumerate(self.candidates):
            out = out + w[i] * op(x)
        return out, w


class Supernet(SupernetBase):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.candidates = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_candidates)])
        self.head = nn.Dense(config.hidden, config.num_classes)
        self.alpha = Parameter(Tensor(np.zeros(config.num_candidates, np.float32)), name="alpha")

    def construct(self, x, labels=None):
        h, w = self._mix(x)
        logits = self.head(h)
        loss = None
        if labels is not None:
            loss = ops.cross_entropy(logits, labels)
        if not self.return_dict:
            return (logits, w) if loss is None else (loss, logits, w)
        return SupernetOutput(logits=logits, arch_weights=w, loss=loss)


def make():
    np.random.seed(3788)
    net = Supernet(SupernetConfig())
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    y = Tensor(np.array([1, 3], np.int32))
    return net, (x, y)
