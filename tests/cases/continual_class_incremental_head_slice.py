# case: class-incremental classifier keeps a max-size head and slices logits to the number of seen classes stored in a Parameter -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class IncrementalClassifier(nn.Cell):
    def __init__(self, in_dim=8, max_classes=20, initial_classes=5):
        super().__init__()
        self.backbone = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU()])
        self.head = nn.Dense(16, max_classes)
        self.num_seen = Parameter(Tensor(initial_classes, ms.int32), name="num_seen", requires_grad=False)

    def add_classes(self, n_new):
        ops.assign(self.num_seen, self.num_seen + n_new)

    def logits(self, x):
        return self.head(self.backbone(x))

    def construct(self, x, labels):
        out = self.logits(x)
        active = out[:, :self.num_seen]
        return ops.cross_entropy(active, labels)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    labels = Tensor(np.array([0, 4, 2, 1], dtype=np.int32))
    return IncrementalClassifier(), (x, labels)
