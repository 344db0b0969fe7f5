# case: nnU-Net style mirroring ensemble over all axis combinations precomputed in __init__ from config, disabled by a flag -> static
import itertools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MirrorEnsemble(nn.Cell):
    def __init__(self, net, mirror_axes=(0, 1, 2), use_mirroring=True, apply_softmax=True):
        super().__init__()
        self.net = net
        self.use_mirroring = use_mirroring
        self.apply_softmax = apply_softmax
        axes = [a + 2 for a in mirror_axes]
        combos = []
        for r in range(1, len(axes) + 1):
            combos.extend(itertools.combinations(axes, r))
        self.flip_sets = combos

    def _forward_probs(self, x):
        out = self.net(x)
        return ops.softmax(out, axis=1) if self.apply_softmax else out

    def construct(self, x):
        pred = self._forward_probs(x)
        if not self.use_mirroring:
            return pred
        n = 1
        for axes in self.flip_sets:
            pred = pred + ops.flip(self._forward_probs(ops.flip(x, axes)), axes)
            n += 1
        return pred / n


def make():
    np.random.seed(0)
    net = nn.Conv3d(1, 3, 3, pad_mode="same", has_bias=True)
    x = Tensor(np.random.rand(1, 1, 4, 6, 6).astype(np.float32))
    return MirrorEnsemble(net), (x,)
