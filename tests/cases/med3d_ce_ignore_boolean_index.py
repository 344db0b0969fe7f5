# case: voxel-wise cross-entropy with an ignore label implemented by boolean-mask indexing of the flattened log-probabilities -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedCrossEntropy3D(nn.Cell):
    def __init__(self, num_classes=3, ignore_index=-1, label_smoothing=0.1):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def _flatten(self, logits, target):
        logp = ops.log_softmax(logits, axis=1)
        logp = logp.transpose(0, 2, 3, 4, 1).reshape(-1, self.num_classes)
        return logp, target.reshape(-1)

    def construct(self, logits, target):
        logp, t = self._flatten(logits, target)
        valid = t != self.ignore_index
        logp = logp[valid]
        t = t[valid]
        nll = -ops.gather_elements(logp, 1, t.reshape(-1, 1)).squeeze(1)
        if self.label_smoothing > 0:
            smooth = -logp.mean(axis=1)
            nll = (1.0 - self.label_smoothing) * nll + self.label_smoothing * smooth
        return nll.mean()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 3, 4, 5, 5).astype(np.float32))
    tgt = np.random.randint(0, 3, (1, 4, 5, 5)).astype(np.int32)
    tgt[0, 0] = -1
    return MaskedCrossEntropy3D(), (logits, Tensor(tgt))
