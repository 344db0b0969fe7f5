# case: NAS supernet defines a SupernetOutput class for return_dict=True but the config default return_dict=False is never changed, so construct returns a tuple whose length depends on output_arch_weights -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SupernetConfig:
    hidden = 16
    num_classes = 4
    num_candidates = 3
    return_dict = False
    output_arch_weights = True


class SupernetOutput:
    def __init__(self, logits, arch_weights=None):
        self.logits = logits
        self.arch_weights = arch_weights


class Supernet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.candidates = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_candidates)])
        self.classifier = nn.Dense(config.hidden, config.num_classes)
        self.alpha = Parameter(Tensor(np.zeros(config.num_candidates, np.float32)), name="alpha")

    def construct(self, x, return_dict=None):
        return_dict = self.config.return_dict if return_dict is None else return_dict
        w = ops.softmax(self.alpha, axis=0)
        h = ops.stack([op(x) for op in self.candidates], axis=0)
        h = (h * w.reshape(-1, 1, 1)).sum(axis=0)
        logits = self.classifier(ops.relu(h))
        if not return_dict:
            outputs = (logits,) + (w,) if self.config.output_arch_weights else (logits,)
            return outputs
        return SupernetOutput(logits, w)


def make():
    np.random.seed(3787)
    net = Supernet(SupernetConfig())
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (x,)
