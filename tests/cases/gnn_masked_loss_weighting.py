# case: semi-supervised loss uses the train mask as per-node weights (no boolean indexing); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NodeClassifier(nn.Cell):
    def __init__(self, dim=6, classes=3, num_nodes=12):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin1 = nn.Dense(dim, 16)
        self.lin2 = nn.Dense(16, classes)
        self.loss = nn.CrossEntropyLoss(reduction='none')

    def construct(self, x, src, dst, labels, train_mask):
        h = ops.relu(self.lin1(x))
        h = h + ops.unsorted_segment_sum(h[src], dst, self.num_nodes)
        logits = self.lin2(h)
        per_node = self.loss(logits, labels)
        w = train_mask.astype(ms.float32)
        return (per_node * w).sum() / ops.maximum(w.sum(), 1.0)


def make():
    rng = np.random.RandomState(21)
    x = Tensor(rng.randn(12, 6).astype(np.float32))
    src = Tensor(rng.randint(0, 12, 30).astype(np.int32))
    dst = Tensor(rng.randint(0, 12, 30).astype(np.int32))
    labels = Tensor(rng.randint(0, 3, 12).astype(np.int32))
    mask = Tensor(rng.rand(12) > 0.5)
    return NodeClassifier(), (x, src, dst, labels, mask)
