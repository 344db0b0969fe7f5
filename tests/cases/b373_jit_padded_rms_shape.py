# case: jit-compiled helper computes per-lead RMS of padded records using ops.arange(record.shape[-1]) compared with the length tensor as a mask (mask multiply, no gather by length) -> expected static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

EPS = 1e-8


def _length_mask(record, record_len):
    pos = ops.arange(0, record.shape[-1], 1, dtype=ms.int32)
    return (pos.expand_dims(0) < record_len.expand_dims(-1)).astype(record.dtype)


@ms.jit
def padded_lead_rms(record, record_len):
    mask = _length_mask(record, record_len).expand_dims(1)
    power = (record * record * mask).sum(-1) / ops.maximum(mask.sum(-1), 1.0)
    return ops.sqrt(power + EPS)


def make():
    np.random.seed(3763)
    lens = np.array([220, 300, 150], np.int32)
    rec = np.random.randn(3, 12, 300).astype(np.float32)
    rec = rec * (np.arange(300)[None, None] < lens[:, None, None])
    return padded_lead_rms, (Tensor(rec.astype(np.float32)), Tensor(lens))
