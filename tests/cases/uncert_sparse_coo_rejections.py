# case: rejection report packs the class probabilities of rejected samples into a COOTensor built from nonzero indices of the reject mask -> sparse tensor with data-dependent nnz, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RejectionReport(nn.Cell):
    def __init__(self, in_dim=5, num_classes=3, threshold=0.5):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.threshold = threshold

    def construct(self, x):
        probs = ops.softmax(self.head(x), axis=-1)
        reject = probs < self.threshold
        indices = ops.nonzero(reject).astype(ms.int32)
        values = ops.gather_nd(probs, indices)
        report = COOTensor(indices, values, probs.shape)
        return report.values, report.indices


def make():
    np.random.seed(0)
    net = RejectionReport()
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    return net, (x,)
