# case: pose estimator returns a scalar MSE heatmap loss under `if self.training` and decoded keypoints otherwise (different output shapes chosen by a Python flag); target_weight is Optional -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EstimatorCfg:
    in_channels = 3
    width = 16
    num_keypoints = 17
    use_target_weight = True


class KeypointMSELoss(nn.Cell):
    def __init__(self, use_target_weight=False, loss_weight=1.0):
        super().__init__()
        self.use_target_weight = use_target_weight
        self.loss_weight = loss_weight

    def construct(self, pred, target, target_weight=None):
        diff = (pred - target) ** 2
        if self.use_target_weight and target_weight is not None:
            diff = diff * target_weight[:, :, None, None]
        return diff.mean() * self.loss_weight


class TopdownEstimator(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.backbone = nn.SequentialCell([
            nn.Conv2d(cfg.in_channels, cfg.width, 3, stride=4, pad_mode="same"), nn.ReLU()])
        self.head = nn.Conv2d(cfg.width, cfg.num_keypoints, 1, has_bias=True)
        self.loss = KeypointMSELoss(use_target_weight=cfg.use_target_weight)

    def decode(self, heatmaps):
        b, k, h, w = heatmaps.shape
        idx = heatmaps.reshape(b, k, h * w).argmax(-1)
        return ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)

    def construct(self, img, target=None, target_weight=None):
        heatmaps = self.head(self.backbone(img))
        if self.training:
            return self.loss(heatmaps, target, target_weight)
        return self.decode(heatmaps)


def make():
    np.random.seed(120)
    img = Tensor(np.random.randn(2, 3, 64, 48).astype(np.float32))
    target = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    tw = Tensor(np.ones((2, 17), np.float32))
    net = TopdownEstimator(EstimatorCfg())
    net.set_train(True)
    return net, (img, target, tw)
