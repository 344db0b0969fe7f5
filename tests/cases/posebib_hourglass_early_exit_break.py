# case: stacked-hourglass style cascade stops after the first stage whose mean peak confidence exceeds exit_thr (break on a tensor condition) and returns all collected stage heatmaps -> number of outputs decided by data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackCfg:
    def __init__(self, channels=16, num_keypoints=17, num_stacks=3, exit_thr=0.55, early_exit=True):
        self.channels = channels
        self.num_keypoints = num_keypoints
        self.num_stacks = num_stacks
        self.exit_thr = exit_thr
        self.early_exit = early_exit


class HourglassStage(nn.Cell):
    def __init__(self, channels, num_keypoints):
        super().__init__()
        self.down = nn.Conv2d(channels, channels, 3, stride=2, pad_mode="same")
        self.up = nn.Conv2dTranspose(channels, channels, 2, stride=2)
        self.out = nn.Conv2d(channels, num_keypoints, 1, has_bias=True)
        self.remap = nn.Conv2d(num_keypoints, channels, 1)
        self.act = nn.ReLU()

    def construct(self, x):
        y = x + self.up(self.act(self.down(x)))
        hm = self.out(y)
        return y + self.remap(hm), hm


def mean_peak(heatmaps):
    return ops.amax(ops.sigmoid(heatmaps).reshape(heatmaps.shape[0], heatmaps.shape[1], -1), -1).mean()


class StackedHourglass(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.stages = nn.CellList([HourglassStage(cfg.channels, cfg.num_keypoints) for _ in range(cfg.num_stacks)])
        self.exit_thr = cfg.exit_thr
        self.early_exit = cfg.early_exit

    def construct(self, x):
        outputs = []
        for stage in self.stages:
            x, hm = stage(x)
            outputs.append(hm)
            if self.early_exit and mean_peak(hm) > self.exit_thr:
                break
        return tuple(outputs)


def make():
    np.random.seed(132)
    x = Tensor(np.random.randn(1, 16, 16, 12).astype(np.float32))
    return StackedHourglass(StackCfg()), (x,)
