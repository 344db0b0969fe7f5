# case: rehearsal aligner logs each scene's alignment loss with an f-string print inside construct -> f-string with tensor in print, expect fine or error depending on syntax level
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneAligner(nn.Cell):
    def __init__(self, dim=16, n_scenes=3, verbose=True):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.n_scenes = n_scenes
        self.verbose = verbose

    def construct(self, spoken, script):
        total = ops.zeros((), ms.float32)
        for s in range(self.n_scenes):
            diff = self.proj(spoken[s]) - script[s]
            loss = (diff * diff).mean()
            if self.verbose:
                print(f"scene {s} alignment loss {loss}")
            total = total + loss
        return total


def make():
    np.random.seed(141)
    spoken = Tensor(np.random.rand(3, 20, 16).astype(np.float32))
    script = Tensor(np.random.rand(3, 20, 16).astype(np.float32))
    return SceneAligner(), (spoken, script)
