# case: a module-level counter of processed satellite scenes is incremented with a global statement inside construct -> global state mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCENES_SEEN = 0


class SceneNormalizer(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, scene):
        global SCENES_SEEN
        SCENES_SEEN = SCENES_SEEN + 1
        mu = scene.mean(axis=(2, 3), keep_dims=True)
        sd = scene.std(axis=(2, 3), keepdims=True)
        return (scene - mu) / (sd + self.eps)


def make():
    np.random.seed(17)
    scene = Tensor(np.random.rand(2, 3, 10, 10).astype(np.float32))
    return SceneNormalizer(), (scene,)
