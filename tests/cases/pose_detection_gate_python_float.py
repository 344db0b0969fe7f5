# case: top-down keypoint head that skips refinement via Python float() of the mean box score in an if statement -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineBlock(nn.Cell):
    def __init__(self, ch=17):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return x + self.conv(x)


class GatedKeypointHead(nn.Cell):
    def __init__(self, in_ch=8, num_joints=17, min_box_score=0.3):
        super().__init__()
        self.proj = nn.Conv2d(in_ch, num_joints, 1, has_bias=True)
        self.refine = RefineBlock(num_joints)
        self.min_box_score = min_box_score

    def construct(self, feats, box_scores):
        heat = self.proj(feats)
        mean_score = float(box_scores.mean())
        if mean_score > self.min_box_score:
            heat = self.refine(heat)
        return heat


def make():
    np.random.seed(29)
    f = np.random.randn(2, 8, 16, 12).astype(np.float32)
    s = np.array([0.9, 0.7], np.float32)
    return GatedKeypointHead(), (Tensor(f), Tensor(s))
