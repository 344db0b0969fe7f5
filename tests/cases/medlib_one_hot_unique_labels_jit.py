# case: jit-compiled label encoder one-hots a segmentation map with as many channels as distinct labels found by ops.unique -> one_hot depth from data, expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LABEL_DTYPE = ms.int32


def _as_index(labels, dim=1):
    if labels.ndim == 5:
        labels = labels.squeeze(dim)
    return labels.astype(LABEL_DTYPE)


@ms.jit
def one_hot_present_labels(labels):
    idx = _as_index(labels)
    uniq, remap = ops.unique(idx.reshape(-1))
    num_classes = uniq.shape[0]
    oh = ops.one_hot(remap, num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    oh = oh.reshape(idx.shape + (num_classes,))
    return oh.transpose(0, 4, 1, 2, 3)


def make():
    np.random.seed(12)
    lab = np.random.choice([0, 2, 5], size=(1, 1, 6, 6, 6)).astype(np.int32)
    return one_hot_present_labels, (Tensor(lab),)
