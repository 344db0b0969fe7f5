# case: MAE masking where the mask ratio arrives as a Tensor (curriculum schedule) and the keep length is int(L * (1 - ratio)) -> Graph mode rejects or turns the slice dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskSchedule:
    def __init__(self, start=0.5, end=0.9):
        self.start = start
        self.end = end


def keep_length(seq_len, ratio):
    return int(seq_len * (1 - ratio))


class CurriculumMasking(nn.Cell):
    def __init__(self, embed_dim=16, schedule=None):
        super().__init__()
        self.schedule = schedule if schedule is not None else MaskSchedule()
        self.mask_token = ms.Parameter(ops.zeros((1, 1, embed_dim), ms.float32), name="mask_token")

    def construct(self, tokens, ratio, noise):
        n, l, d = tokens.shape
        if not isinstance(ratio, Tensor):
            ratio = Tensor(self.schedule.start, ms.float32)
        len_keep = keep_length(l, ratio)
        ids_shuffle = ops.argsort(noise, axis=1)
        ids_keep = ids_shuffle[:, :len_keep]
        visible = ops.gather_elements(tokens, 1, ops.tile(ids_keep.expand_dims(-1), (1, 1, d)))
        pad = ops.tile(self.mask_token, (n, l - len_keep, 1))
        return ops.concat((visible, pad), axis=1)


def make():
    np.random.seed(3665)
    tokens = Tensor(np.random.randn(2, 16, 16).astype(np.float32))
    ratio = Tensor(0.75, ms.float32)
    noise = Tensor(np.random.rand(2, 16).astype(np.float32))
    return CurriculumMasking(16), (tokens, ratio, noise)
