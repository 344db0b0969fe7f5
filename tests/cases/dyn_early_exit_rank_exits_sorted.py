# case: ensemble of exits picks the two most confident exits using sorted() with a lambda key on tensor confidences -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExitBranch(nn.Cell):
    def __init__(self, dim, num_classes):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.cls = nn.Dense(dim, num_classes)

    def construct(self, x):
        return self.cls(ops.relu(self.proj(x)))


class ExitEnsemble(nn.Cell):
    def __init__(self, dim=12, num_classes=4, num_exits=3, top=2):
        super().__init__()
        self.trunk = nn.CellList([nn.Dense(dim, dim) for _ in range(num_exits)])
        self.exits = nn.CellList([ExitBranch(dim, num_classes) for _ in range(num_exits)])
        self.num_exits = num_exits
        self.top = top

    def construct(self, x):
        logits, confs = [], []
        h = x
        for i in range(self.num_exits):
            h = ops.relu(self.trunk[i](h))
            out = self.exits[i](h)
            logits.append(out)
            confs.append(ops.softmax(out, axis=-1).max(axis=-1).mean())
        order = sorted(range(self.num_exits), key=lambda i: float(confs[i]), reverse=True)
        chosen = [logits[i] for i in order[:self.top]]
        return sum(chosen) / self.top


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(3, 12).astype(np.float32))
    return ExitEnsemble(), (x,)
