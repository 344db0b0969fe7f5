# case: entropy-based abstainer builds a plain Python AbstainStats object inside construct, writes tensor counts into its attributes and reads them back for the coverage -> Python object created and mutated in graph, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbstainStats:
    def __init__(self, total):
        self.total = total
        self.abstained = 0

    def coverage(self):
        return 1.0 - self.abstained / self.total


class EntropyAbstainer(nn.Cell):
    def __init__(self, in_dim=6, num_classes=4, max_entropy=1.0):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.max_entropy = max_entropy

    def entropy(self, probs):
        return -(probs * ops.log(probs + 1e-8)).sum(axis=-1)

    def construct(self, x):
        probs = ops.softmax(self.head(x), axis=-1)
        ent = self.entropy(probs)
        stats = AbstainStats(x.shape[0])
        stats.abstained = (ent > self.max_entropy).astype(ms.float32).sum()
        return probs.argmax(axis=-1), stats.coverage()


def make():
    np.random.seed(0)
    net = EntropyAbstainer()
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    return net, (x,)
