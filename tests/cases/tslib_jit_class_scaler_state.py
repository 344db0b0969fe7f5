# case: a jit_class running scaler object created inside construct and updated in place before scaling the patch embeddings -> jit_class instance built and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningScaler:
    def __init__(self, momentum):
        self.momentum = momentum
        self.scale = 1.0

    def update(self, batch_scale):
        self.scale = self.momentum * self.scale + (1 - self.momentum) * batch_scale
        return self.scale


class ScalerConfig:
    momentum = 0.9
    use_running_scale = True


class ScaledPatchEmbed(nn.Cell):
    def __init__(self, patch_len=8, d_model=16, config=ScalerConfig):
        super().__init__()
        self.patch_len = patch_len
        self.momentum = config.momentum
        self.use_running_scale = getattr(config, "use_running_scale", False)
        self.embed = nn.Dense(patch_len, d_model)

    def construct(self, x):
        b, c, l = x.shape
        patches = x.reshape(b, c, l // self.patch_len, self.patch_len)
        if self.use_running_scale:
            scaler = RunningScaler(self.momentum)
            scale = scaler.update(ops.abs(patches).mean())
            patches = patches / (scale + 1e-5)
        return self.embed(patches)


def make():
    np.random.seed(3435)
    x = Tensor(np.random.randn(2, 3, 32).astype(np.float32))
    return ScaledPatchEmbed(), (x,)
