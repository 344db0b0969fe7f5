# case: evidential Dirichlet head formats the mean vacuity of the batch into an f-string and prints it inside construct -> f-string of a tensor value in graph, likely unsupported or a host print
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvidentialHead(nn.Cell):
    def __init__(self, in_dim=10, num_classes=4, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.softplus = ops.Softplus()
        self.num_classes = num_classes
        self.verbose = verbose

    def construct(self, x):
        evidence = self.softplus(self.fc(x))
        alpha = evidence + 1.0
        strength = alpha.sum(axis=-1, keepdims=True)
        probs = alpha / strength
        vacuity = self.num_classes / strength.squeeze(-1)
        if self.verbose:
            msg = f"mean vacuity {vacuity.mean()} max {vacuity.max()}"
            print(msg)
        return probs, vacuity


def make():
    np.random.seed(0)
    head = EvidentialHead()
    x = Tensor(np.random.randn(7, 10).astype(np.float32))
    return head, (x,)
