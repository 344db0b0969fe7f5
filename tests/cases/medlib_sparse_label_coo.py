# case: sparse annotation encoder stores scribble labels as a COOTensor built from the nonzero voxel coordinates and densifies it for the partial CE loss -> sparse tensor built from data-dependent indices in construct, expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScribbleConfig:
    def __init__(self, use_sparse=True, ignore_value=0, num_classes=3):
        self.use_sparse = use_sparse
        self.ignore_value = ignore_value
        self.num_classes = num_classes


class PartialCrossEntropy(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = ScribbleConfig() if config is None else config
        self.use_sparse = config.use_sparse
        self.num_classes = config.num_classes

    def _densify(self, scribble):
        flat = scribble.reshape(scribble.shape[0], -1)
        if not self.use_sparse:
            return flat
        idx = ops.nonzero(flat)
        vals = ops.gather_nd(flat, idx)
        coo = ms.COOTensor(idx, vals, flat.shape)
        return coo.to_dense()

    def construct(self, logits, scribble):
        labels = self._densify(scribble)
        annotated = (labels > 0).astype(ms.float32)
        cls = ops.clamp(labels - 1, 0, self.num_classes - 1)
        logp = ops.log_softmax(logits.reshape(logits.shape[0], self.num_classes, -1), axis=1)
        oh = ops.one_hot(cls, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        nll = -(logp * oh.transpose(0, 2, 1)).sum(axis=1)
        return (nll * annotated).sum() / ops.maximum(annotated.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(22)
    logits = Tensor(np.random.randn(1, 3, 6, 6, 6).astype(np.float32))
    s = np.zeros((1, 6, 6, 6), np.int32)
    s[0, 2, 1:5, 3] = 1
    s[0, 4, 2, 1:4] = 3
    return PartialCrossEntropy(), (logits, Tensor(s))
