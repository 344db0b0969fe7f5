# case: multi-label tagger returns, per document, the label ids whose probability clears the threshold via boolean indexing -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiLabelDecider(nn.Cell):
    def __init__(self, hidden=8, num_labels=6, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.num_labels = num_labels
        self.head = nn.Dense(hidden, num_labels)
        self.label_ids = Tensor(np.arange(num_labels, dtype=np.int32))

    def construct(self, pooled):
        probs = ops.sigmoid(self.head(pooled))
        decisions = []
        for i in range(pooled.shape[0]):
            active = probs[i] > self.threshold
            decisions.append(self.label_ids[active])
        return probs, decisions


def make():
    np.random.seed(15)
    pooled = Tensor(np.random.randn(3, 8).astype(np.float32))
    return MultiLabelDecider(), (pooled,)
