# case: whole-body head falls back to the 17 body keypoints when no hand/face keypoint is visible, chosen by an if on target visibility, so the two branches return different keypoint counts -> tensor-valued if with differently shaped branches
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BODY = 17
NUM_WHOLEBODY = 133


class WholeBodyCfg:
    def __init__(self, in_channels=32, num_keypoints=NUM_WHOLEBODY, body_fallback=True):
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints
        self.body_fallback = body_fallback


class RegressionHead(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.num_keypoints = cfg.num_keypoints
        self.pool = ops.ReduceMean(keep_dims=False)
        self.fc = nn.Dense(cfg.in_channels, cfg.num_keypoints * 2)

    def construct(self, feats):
        x = self.pool(feats, (2, 3))
        return self.fc(x).reshape(x.shape[0], self.num_keypoints, 2)


class WholeBodyPoseHead(RegressionHead):
    def __init__(self, cfg):
        super().__init__(cfg)
        self.body_fallback = cfg.body_fallback

    def _select_parts(self, kpts, visibility):
        extra_visible = visibility[:, NUM_BODY:].sum()
        if extra_visible > 0:
            return kpts
        return kpts[:, :NUM_BODY]

    def construct(self, feats, visibility):
        kpts = super().construct(feats)
        if self.body_fallback:
            kpts = self._select_parts(kpts, visibility)
        return kpts


def make():
    np.random.seed(119)
    feats = Tensor(np.random.randn(2, 32, 8, 6).astype(np.float32))
    vis = np.zeros((2, NUM_WHOLEBODY), np.float32)
    vis[:, :NUM_BODY] = 1.0
    return WholeBodyPoseHead(WholeBodyCfg()), (feats, Tensor(vis))
