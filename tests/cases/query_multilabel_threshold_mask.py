# case: multi-label category tagging that turns sigmoid probabilities above per-category thresholds into a 0/1 float mask and counts labels -> fixed-size mask, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MultiLabelCategoryHead(nn.Cell):
    def __init__(self, in_dim=16, thresholds=(0.5, 0.4, 0.6, 0.5, 0.3)):
        super().__init__()
        self.fc = nn.Dense(in_dim, len(thresholds))
        self.thresholds = Parameter(Tensor(np.array(thresholds, np.float32)), requires_grad=False)

    def construct(self, query_vec):
        probs = ops.sigmoid(self.fc(query_vec))
        labels = (probs > self.thresholds).astype(ms.float32)
        n_labels = labels.sum(axis=-1)
        no_label = (n_labels == 0).astype(ms.float32)
        fallback = ops.one_hot(probs.argmax(axis=-1), probs.shape[-1], Tensor(1.0), Tensor(0.0))
        return labels + no_label.expand_dims(-1) * fallback, probs


def make():
    np.random.seed(39)
    x = np.random.randn(3, 16).astype(np.float32)
    return MultiLabelCategoryHead(), (Tensor(x),)
