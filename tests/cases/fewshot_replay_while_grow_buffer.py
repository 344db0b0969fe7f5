# case: replay loop keeps concatenating misclassified samples to the buffer while any remain -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReplayHead(nn.Cell):
    def __init__(self, in_dim=6, n_classes=3):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, x):
        return self.fc(x)


class HardExampleReplay(nn.Cell):
    def __init__(self, in_dim=6, n_classes=3, max_rounds=3):
        super().__init__()
        self.head = ReplayHead(in_dim, n_classes)
        self.max_rounds = max_rounds

    def construct(self, memory, mem_labels, x):
        buffer = x
        rounds = 0
        wrong = (self.head(memory).argmax(-1) != mem_labels).astype(ms.int32)
        while wrong.sum() > 0 and rounds < self.max_rounds:
            pick = (wrong.argmax() + rounds) % memory.shape[0]
            buffer = ops.concat((buffer, memory[pick:pick + 1]), axis=0)
            wrong[pick] = 0
            rounds += 1
        return self.head(buffer)


def make():
    np.random.seed(14)
    memory = Tensor(np.random.randn(6, 6).astype(np.float32))
    mem_labels = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    x = Tensor(np.random.randn(2, 6).astype(np.float32))
    return HardExampleReplay(), (memory, mem_labels, x)
