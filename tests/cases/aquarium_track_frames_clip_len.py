# case: accumulate fish motion energy over every frame of the clip, looping over the clip length taken from the tensor shape -> loop bound from shape, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_diff(prev, cur):
    return ops.abs(cur - prev).mean()


class MotionEnergy(nn.Cell):
    def __init__(self, activity_thresh=0.05):
        super().__init__()
        self.thresh = activity_thresh

    def construct(self, clip):
        energies = []
        n_frames = clip.shape[0]
        for t in range(1, n_frames):
            energies.append(frame_diff(clip[t - 1], clip[t]))
        energy = ops.stack(energies)
        active = (energy > self.thresh).astype(ms.float32).mean()
        return energy, active


def make():
    np.random.seed(162)
    clip = Tensor(np.random.rand(10, 24, 24).astype(np.float32))
    return MotionEnergy(), (clip,)
