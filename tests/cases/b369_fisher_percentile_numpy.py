# case: online EWC normalises the stored Fisher diagonal by its 90th percentile computed with .asnumpy() and np.percentile in a module-level helper called from construct -> NumPy on a tensor inside construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def _fisher_scale(fisher):
    f = fisher.asnumpy()
    return float(np.percentile(f, 90)) + 1e-8


class OnlineEWCConfig:
    ewc_lambda = 10.0
    normalize_fisher = True
    gamma = 0.95


class OnlineEWCHead(nn.Cell):
    def __init__(self, config, in_dim=16, num_classes=5):
        super().__init__()
        self.classifier = nn.Dense(in_dim, num_classes)
        self.ewc_lambda = config.ewc_lambda
        self.normalize_fisher = config.normalize_fisher
        self._init_importance(num_classes, in_dim)

    def _init_importance(self, out_dim, in_dim):
        self.fisher = Parameter(Tensor(np.abs(np.random.randn(out_dim, in_dim)).astype(np.float32)),
                                name="fisher", requires_grad=False)
        self.anchor = Parameter(Tensor(np.zeros((out_dim, in_dim), np.float32)), name="anchor", requires_grad=False)

    def construct(self, x, y):
        loss = ops.cross_entropy(self.classifier(x), y)
        fisher = self.fisher
        if self.normalize_fisher:
            fisher = fisher / _fisher_scale(fisher)
        penalty = (fisher * (self.classifier.weight - self.anchor) ** 2).sum()
        return loss + self.ewc_lambda * penalty


def make():
    np.random.seed(24)
    net = OnlineEWCHead(OnlineEWCConfig())
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    y = Tensor(np.random.randint(0, 5, size=(6,)).astype(np.int32))
    return net, (x, y)
