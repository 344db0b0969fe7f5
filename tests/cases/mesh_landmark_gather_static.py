# case: extract facial/hand landmark vertices with a fixed index list given to the constructor via ops.gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LANDMARKS = {"nose": 3, "left_eye": 7, "right_eye": 11, "left_ear": 14, "right_ear": 19}


class LandmarkExtractor(nn.Cell):
    def __init__(self, landmark_map=None):
        super().__init__()
        landmark_map = LANDMARKS if landmark_map is None else landmark_map
        names = sorted(landmark_map.keys())
        self.names = tuple(names)
        self.vertex_ids = Tensor(np.array([landmark_map[n] for n in names], np.int32))

    def construct(self, verts):
        # verts: (B, V, 3) -> (B, L, 3)
        return ops.gather(verts, self.vertex_ids, 1)


def make():
    np.random.seed(0)
    verts = Tensor(np.random.randn(2, 24, 3).astype(np.float32))
    return LandmarkExtractor(), (verts,)
