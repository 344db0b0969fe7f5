# case: stacked-hourglass training cell zips its CellList of stages with per-stage loss weights and returns (loss,) or (loss, heatmaps) depending on the return_heatmaps flag -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackCfg:
    channels = 16
    num_keypoints = 17
    num_stacks = 3
    stage_loss_weights = (0.5, 0.75, 1.0)
    return_heatmaps = True


class HourglassStage(nn.Cell):
    def __init__(self, channels, num_keypoints):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(channels, channels, 3, pad_mode="same"), nn.ReLU()])
        self.out = nn.Conv2d(channels, num_keypoints, 1, has_bias=True)
        self.remap = nn.Conv2d(num_keypoints, channels, 1)

    def construct(self, x):
        y = x + self.body(x)
        hm = self.out(y)
        return y + self.remap(hm), hm


class StackedHourglassTrainer(nn.Cell):
    def __init__(self, cfg, **kwargs):
        super().__init__()
        self.stages = nn.CellList([HourglassStage(cfg.channels, cfg.num_keypoints) for _ in range(cfg.num_stacks)])
        self.stage_loss_weights = list(cfg.stage_loss_weights)
        self.return_heatmaps = kwargs.get("return_heatmaps", cfg.return_heatmaps)

    def _stage_loss(self, hm, target, target_weight):
        return (((hm - target) ** 2) * target_weight[:, :, None, None]).mean()

    def construct(self, x, target, target_weight):
        loss = 0.0
        hm = None
        for stage, weight in zip(self.stages, self.stage_loss_weights):
            x, hm = stage(x)
            loss = loss + weight * self._stage_loss(hm, target, target_weight)
        outputs = (loss, hm) if self.return_heatmaps else (loss,)
        return outputs


def make():
    np.random.seed(133)
    x = Tensor(np.random.randn(2, 16, 16, 12).astype(np.float32))
    target = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    tw = Tensor(np.ones((2, 17), np.float32))
    return StackedHourglassTrainer(StackCfg()), (x, target, tw)
