# case: EDSR forward_x8 self-ensemble implemented by converting to numpy for flips/transposes inside construct -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinySR(nn.Cell):
    def __init__(self, scale=2, ch=8):
        super().__init__()
        self.conv = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.up = nn.Conv2d(ch, 3 * scale * scale, 3, pad_mode="same")
        self.ps = nn.PixelShuffle(scale)

    def construct(self, x):
        return self.ps(self.up(ops.relu(self.conv(x))))


def _transform(v, op):
    v2np = v.asnumpy()
    if op == "v":
        tfnp = v2np[:, :, :, ::-1].copy()
    elif op == "h":
        tfnp = v2np[:, :, ::-1, :].copy()
    else:
        tfnp = v2np.transpose((0, 1, 3, 2)).copy()
    return Tensor(tfnp)


class SelfEnsembleSR(nn.Cell):
    def __init__(self, self_ensemble=True):
        super().__init__()
        self.model = TinySR()
        self.self_ensemble = self_ensemble

    def construct(self, lr):
        if not self.self_ensemble:
            return self.model(lr)
        lr_list = [lr]
        for tf in ("v", "h", "t"):
            lr_list.extend([_transform(t, tf) for t in lr_list])
        sr_list = [self.model(a) for a in lr_list]
        for i in range(len(sr_list)):
            if i > 3:
                sr_list[i] = _transform(sr_list[i], "t")
            if i % 4 > 1:
                sr_list[i] = _transform(sr_list[i], "h")
            if (i % 4) % 2 == 1:
                sr_list[i] = _transform(sr_list[i], "v")
        return ops.stack(sr_list).mean(0)


def make():
    np.random.seed(24)
    return SelfEnsembleSR(), (Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32)),)
