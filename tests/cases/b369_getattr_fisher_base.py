# case: continual-learning base class adds a regulariser only if getattr(self, "fisher", None) is set, accepts a tuple of input views via an isinstance guard and an optional sample_weight left as None -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LearnerConfig:
    reg_lambda = 5.0
    hidden = 16
    num_classes = 3


class ContinualLearnerBase(nn.Cell):
    def __init__(self, config, in_dim):
        super().__init__()
        self.net = nn.Dense(in_dim, config.num_classes)
        self.reg_lambda = config.reg_lambda

    def regularizer(self):
        fisher = getattr(self, "fisher", None)
        if fisher is None:
            return ops.zeros((), ms.float32)
        return (fisher * (self.net.weight - self.anchor) ** 2).sum()

    def construct(self, x, y, sample_weight=None):
        if isinstance(x, (list, tuple)):
            x = ops.concat(x, axis=-1)
        loss = ops.cross_entropy(self.net(x), y, reduction="none")
        if sample_weight is not None:
            loss = loss * sample_weight
        return loss.mean() + self.reg_lambda * self.regularizer()


class EWCLearner(ContinualLearnerBase):
    def __init__(self, config, in_dim):
        super().__init__(config, in_dim)
        self._register_ewc_buffers()

    def _register_ewc_buffers(self):
        shape = self.net.weight.shape
        self.fisher = Parameter(Tensor(np.full(shape, 0.1, np.float32)), name="fisher", requires_grad=False)
        self.anchor = Parameter(Tensor(np.zeros(shape, np.float32)), name="anchor", requires_grad=False)


def make():
    np.random.seed(38)
    learner = EWCLearner(LearnerConfig(), in_dim=10)
    views = (Tensor(np.random.randn(4, 6).astype(np.float32)), Tensor(np.random.randn(4, 4).astype(np.float32)))
    y = Tensor(np.random.randint(0, 3, size=(4,)).astype(np.int32))
    return learner, (views, y)
