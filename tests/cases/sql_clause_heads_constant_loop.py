# case: sketch decoder runs one classifier per SQL clause in a constant Python loop over a CellList and stacks the fixed-size outputs -> static shapes (loop unrolled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLAUSES = ("select", "where", "group_by", "order_by", "limit")


class SketchDecoder(nn.Cell):
    def __init__(self, hidden=16, num_ops=4):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(hidden, num_ops) for _ in CLAUSES])
        self.presence = nn.Dense(hidden, len(CLAUSES))

    def construct(self, question_pooled):
        present = ops.sigmoid(self.presence(question_pooled))     # (B, K)
        outs = []
        for i in range(len(CLAUSES)):
            logits = self.heads[i](question_pooled)
            outs.append(ops.softmax(logits, axis=-1) * present[:, i:i + 1])
        return ops.stack(outs, axis=1), present


def make():
    np.random.seed(34)
    pooled = Tensor(np.random.randn(3, 16).astype(np.float32))
    return SketchDecoder(), (pooled,)
