# case: jit-compiled helper pools only the valid (non-padded) frame features of a clip using ops.masked_select on the padding mask -> masked_select output length depends on data, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEAT_DIM = 16


def _expand_frame_mask(frame_mask, dim):
    return ops.broadcast_to(frame_mask[:, None], (frame_mask.shape[0], dim))


@ms.jit
def pool_valid_frames(frame_feats, frame_mask):
    # frame_feats: (T, D) for one clip; frame_mask: (T,) bool, False for padding
    valid = ops.masked_select(frame_feats, _expand_frame_mask(frame_mask, FEAT_DIM))
    valid = valid.reshape(-1, FEAT_DIM)
    return valid.mean(axis=0)


def make():
    np.random.seed(124)
    feats = Tensor(np.random.randn(10, FEAT_DIM).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0, 0, 0], dtype=np.bool_))
    return pool_valid_frames, (feats, mask)
