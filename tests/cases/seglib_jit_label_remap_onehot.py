# case: @ms.jit label preprocessing that applies reduce_zero_label, remaps ignore pixels with a three-argument where and returns one-hot targets plus a float valid mask for a dice loss -> fixed num_classes, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NUM_CLASSES = 5
IGNORE_INDEX = 255
REDUCE_ZERO_LABEL = True


def reduce_zero(label):
    return ops.where(label == 0, ops.full_like(label, IGNORE_INDEX), label - 1)


@ms.jit
def prepare_dice_targets(seg_label):
    if REDUCE_ZERO_LABEL:
        seg_label = reduce_zero(seg_label)
    valid = seg_label != IGNORE_INDEX
    safe = ops.where(valid, seg_label, ops.zeros_like(seg_label))
    onehot = ops.one_hot(safe, NUM_CLASSES, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    validf = valid.astype(ms.float32)
    onehot = onehot * validf.expand_dims(-1)
    return onehot.transpose(0, 3, 1, 2), validf


def make():
    np.random.seed(3479)
    label = Tensor(np.random.randint(0, 6, (2, 12, 12)).astype(np.int32))
    return prepare_dice_targets, (label,)
