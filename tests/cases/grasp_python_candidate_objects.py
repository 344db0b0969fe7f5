# case: wraps each grasp candidate in a plain Python GraspCandidate object inside construct, mutates its score and returns the list of objects -> building and returning custom Python objects in construct is unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraspCandidate:
    def __init__(self, pose, width):
        self.pose = pose
        self.width = width
        self.score = None


class CandidateBuilder(nn.Cell):
    def __init__(self, num_candidates=4):
        super().__init__()
        self.num_candidates = num_candidates
        self.scorer = nn.Dense(7, 1)

    def construct(self, poses, widths):
        cands = []
        for i in range(self.num_candidates):
            c = GraspCandidate(poses[i], widths[i])
            c.score = self.scorer(poses[i:i + 1]).squeeze()
            cands.append(c)
        return cands


def make():
    np.random.seed(21)
    poses = Tensor(np.random.randn(4, 7).astype(np.float32))
    widths = Tensor(np.random.rand(4).astype(np.float32) * 0.08)
    return CandidateBuilder(), (poses, widths)
