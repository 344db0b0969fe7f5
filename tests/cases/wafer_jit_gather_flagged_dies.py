# case: ms.jit function gathers the feature rows of flagged dies using indices from argwhere and averages them -> dynamic shape inside jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def flagged_die_profile(die_feats, probe_fail):
    fail_idx = ops.argwhere(probe_fail).reshape(-1)
    flagged = ops.gather(die_feats, fail_idx, 0)
    profile = flagged.mean(axis=0)
    return profile / (ops.norm(profile) + 1e-6)


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(30, 5).astype(np.float32))
    fails = np.random.rand(30) > 0.7
    fails[3] = True
    return flagged_die_profile, (feats, Tensor(fails))
