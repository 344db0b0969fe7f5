# case: transposition augmentation with the semitone shift chosen in the constructor, implemented as a static concat of pitch slices -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedTranspose(nn.Cell):
    def __init__(self, semitones=3, num_pitches=88):
        super().__init__()
        self.k = semitones
        self.num_pitches = num_pitches

    def construct(self, roll):
        # shift notes up by k semitones, dropping notes that fall off the keyboard
        if self.k > 0:
            pad = ops.zeros((roll.shape[0], self.k), roll.dtype)
            return ops.concat((pad, roll[:, :self.num_pitches - self.k]), axis=1)
        if self.k < 0:
            pad = ops.zeros((roll.shape[0], -self.k), roll.dtype)
            return ops.concat((roll[:, -self.k:], pad), axis=1)
        return roll


def make():
    np.random.seed(34)
    roll = (np.random.rand(16, 88) > 0.9).astype(np.float32)
    return FixedTranspose(), (Tensor(roll),)
