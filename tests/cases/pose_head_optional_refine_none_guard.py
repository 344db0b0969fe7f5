# case: simple-baseline deconv keypoint head with an optional refinement stage guarded by `is not None` and a flip flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeconvHead(nn.Cell):
    def __init__(self, in_ch=32, mid_ch=16, num_joints=17, num_deconv=2):
        super().__init__()
        layers = []
        ch = in_ch
        for _ in range(num_deconv):
            layers += [nn.Conv2dTranspose(ch, mid_ch, 4, stride=2, pad_mode="same"), nn.ReLU()]
            ch = mid_ch
        self.deconv = nn.SequentialCell(layers)
        self.final = nn.Conv2d(mid_ch, num_joints, 1, has_bias=True)

    def construct(self, x):
        return self.final(self.deconv(x))


class KeypointHead(nn.Cell):
    def __init__(self, num_joints=17, refine=False, output_logits=True):
        super().__init__()
        self.head = DeconvHead(num_joints=num_joints)
        self.refine = nn.Conv2d(num_joints, num_joints, 3, pad_mode="same") if refine else None
        self.output_logits = output_logits

    def construct(self, feats, target=None):
        heat = self.head(feats)
        if self.refine is not None:
            heat = heat + self.refine(heat)
        if not self.output_logits:
            heat = ops.sigmoid(heat)
        if target is not None:
            return ops.square(heat - target).mean()
        return heat


def make():
    np.random.seed(31)
    f = np.random.randn(2, 32, 8, 6).astype(np.float32)
    return KeypointHead(), (Tensor(f),)
