# case: logs mean acquisition entropy inside construct with an f-string around float(tensor) -> float() of a tensor value and f-string of data, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedEntropyAcquisition(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, budget=3, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.budget = budget
        self.verbose = verbose

    def construct(self, x):
        probs = ops.softmax(self.fc(x), axis=-1)
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        if self.verbose:
            mean_ent = float(ent.mean())
            print(f"round entropy: {mean_ent:.4f}")
        vals, idx = ops.topk(ent, self.budget)
        return vals, idx


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(12, 6).astype(np.float32))
    return LoggedEntropyAcquisition(), (x,)
