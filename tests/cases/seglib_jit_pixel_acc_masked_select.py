# case: @ms.jit evaluation helper computing top-1 pixel accuracy over non-ignored pixels by masked_select-ing predictions and labels before comparing -> masked_select output has a data-dependent length (dynamic)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

IGNORE_INDEX = 255


def _valid_pairs(pred, label, ignore_index):
    mask = label != ignore_index
    return ops.masked_select(pred, mask), ops.masked_select(label, mask)


@ms.jit
def pixel_accuracy(seg_logit, seg_label):
    pred = seg_logit.argmax(axis=1).astype(seg_label.dtype)
    pred_v, label_v = _valid_pairs(pred, seg_label, IGNORE_INDEX)
    correct = (pred_v == label_v).astype(ms.float32)
    return correct.sum() * 100.0 / ops.clamp(ops.ones_like(correct).sum(), min=1.0)


def make():
    np.random.seed(3480)
    logit = Tensor(np.random.randn(2, 4, 12, 12).astype(np.float32))
    label = np.random.randint(0, 4, (2, 12, 12)).astype(np.int32)
    label[:, -4:] = IGNORE_INDEX
    return pixel_accuracy, (logit, Tensor(label))
