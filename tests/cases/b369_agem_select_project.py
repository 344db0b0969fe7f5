# case: A-GEM projects the current gradient against the replay gradient and keeps it via ops.select when the dot product is negative; projection only while training -> same-shape select, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AGEMConfig:
    eps = 1e-12
    project_in_eval = False


class GradientSurgeryBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.project_in_eval = getattr(config, "project_in_eval", False)

    def _flatten(self, grads):
        if isinstance(grads, (list, tuple)):
            return ops.concat([g.reshape(-1) for g in grads])
        return grads.reshape(-1)


class AGEM(GradientSurgeryBase):
    def construct(self, grads, ref_grads):
        g = self._flatten(grads)
        g_ref = self._flatten(ref_grads)
        if not (self.training or self.project_in_eval):
            return g
        dot = (g * g_ref).sum()
        projected = g - dot / ((g_ref * g_ref).sum() + self.eps) * g_ref
        return ops.select(dot < 0, projected, g)


def make():
    np.random.seed(14)
    agem = AGEM(AGEMConfig())
    agem.set_train(True)
    grads = (Tensor(np.random.randn(4, 3).astype(np.float32)), Tensor(np.random.randn(3).astype(np.float32)))
    ref = (Tensor(np.random.randn(4, 3).astype(np.float32)), Tensor(np.random.randn(3).astype(np.float32)))
    return agem, (grads, ref)
