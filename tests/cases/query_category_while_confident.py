# case: peel off category predictions in descending confidence while the top score stays above a threshold, collecting them in a list -> while loop on tensor value with a list grown per iteration
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiCategoryPicker(nn.Cell):
    def __init__(self, in_dim=16, num_categories=10, threshold=0.3, max_labels=4):
        super().__init__()
        self.classifier = nn.Dense(in_dim, num_categories)
        self.threshold = threshold
        self.max_labels = max_labels

    def construct(self, query_vec):
        probs = ops.sigmoid(self.classifier(query_vec)).squeeze(0)
        picked = []
        best = probs.max()
        while best > self.threshold and len(picked) < self.max_labels:
            idx = probs.argmax()
            picked.append(idx)
            probs = probs * (1 - ops.one_hot(idx, probs.shape[0], Tensor(1.0), Tensor(0.0)))
            best = probs.max()
        return ops.stack(picked) if picked else ops.zeros((0,), ms.int32)


def make():
    np.random.seed(6)
    vec = np.random.randn(1, 16).astype(np.float32) * 2
    return MultiCategoryPicker(), (Tensor(vec),)
