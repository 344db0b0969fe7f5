# case: accumulate fish motion energy over the clip's valid frames, where the number of valid frames comes from the decoder as a tensor -> loop count from tensor data building a list, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_diff(prev, cur):
    return ops.abs(cur - prev).mean()


class MotionEnergy(nn.Cell):
    def __init__(self, activity_thresh=0.05):
        super().__init__()
        self.thresh = activity_thresh

    def construct(self, clip, n_valid):
        energies = []
        for t in range(1, int(n_valid)):
            energies.append(frame_diff(clip[t - 1], clip[t]))
        energy = ops.stack(energies)
        active = (energy > self.thresh).astype(ms.float32).mean()
        return energy, active


def make():
    np.random.seed(161)
    clip = Tensor(np.random.rand(10, 24, 24).astype(np.float32))
    n_valid = Tensor(np.array(7, dtype=np.int32))
    return MotionEnergy(), (clip, n_valid)
