# case: EWC penalty over stored Fisher diagonals, converted with float() and gated by a Python comparison -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EWCRegularizedNet(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, n_cls=3, ewc_lambda=100.0, max_penalty=50.0):
        super().__init__()
        self.body = nn.Dense(in_dim, hidden)
        self.head = nn.Dense(hidden, n_cls)
        self.ewc_lambda = ewc_lambda
        self.max_penalty = max_penalty
        rng = np.random.RandomState(3)
        self.fisher_w = Parameter(Tensor(rng.rand(hidden, in_dim).astype(np.float32)),
                                  name="fisher_w", requires_grad=False)
        self.anchor_w = Parameter(Tensor(rng.randn(hidden, in_dim).astype(np.float32) * 0.1),
                                  name="anchor_w", requires_grad=False)
        self.loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")

    def ewc_penalty(self):
        diff = self.body.weight - self.anchor_w
        return 0.5 * self.ewc_lambda * (self.fisher_w * diff * diff).sum()

    def construct(self, x, y):
        logits = self.head(ops.relu(self.body(x)))
        task_loss = self.loss_fn(logits, y)
        penalty = self.ewc_penalty()
        pen_value = float(penalty)
        if pen_value > self.max_penalty:
            penalty = penalty * (self.max_penalty / pen_value)
        return task_loss + penalty


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 1, 0], dtype=np.int32))
    return EWCRegularizedNet(), (x, y)
