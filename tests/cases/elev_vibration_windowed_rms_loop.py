# case: splits a vibration trace into a constructor-fixed number of windows in a Python for loop and takes per-window RMS and peak-to-peak -> constant loop bounds and slices, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowedComfort(nn.Cell):
    def __init__(self, n_windows=4, iso_weight=1.4):
        super().__init__()
        self.n_windows = n_windows
        self.iso_weight = iso_weight

    def window_stats(self, seg):
        rms = ops.sqrt((seg * seg).mean())
        p2p = seg.max() - seg.min()
        return rms, p2p

    def construct(self, accel):
        win = accel.shape[0] // self.n_windows
        rms_list = []
        p2p_list = []
        for i in range(self.n_windows):
            seg = accel[i * win:(i + 1) * win]
            rms, p2p = self.window_stats(seg)
            rms_list.append(rms)
            p2p_list.append(p2p)
        rms_t = ops.stack(rms_list)
        p2p_t = ops.stack(p2p_list)
        return self.iso_weight * rms_t, p2p_t


def make():
    np.random.seed(7)
    accel = (0.03 * np.random.randn(64)).astype(np.float32)
    return WindowedComfort(), (Tensor(accel),)
