# case: ms.jit collate function pads a batch of code sequences then crops to the longest valid length read with .item() from a lengths tensor -> Graph mode cannot crop at a data-dependent length (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_CODE = 1024


@ms.jit
def crop_codes(codes, lengths):
    max_len = lengths.max().item()
    frame_idx = ops.arange(codes.shape[-1])
    valid = frame_idx[None, None, :] < lengths[:, None, None]
    codes = ops.where(valid, codes, ops.full_like(codes, PAD_CODE))
    return codes[..., :max_len]


def make():
    np.random.seed(35931)
    codes = Tensor(np.random.randint(0, 1024, size=(3, 4, 50)).astype(np.int32))
    lengths = Tensor(np.array([41, 31, 12], dtype=np.int32))
    return crop_codes, (codes, lengths)
