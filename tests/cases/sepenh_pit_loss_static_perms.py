# case: utterance-level PIT SI-SNR loss over all speaker permutations precomputed in __init__, taking the min over a stacked loss table -> constant Python loops and static shapes, compiles
import itertools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PITSISNRLoss(nn.Cell):
    def __init__(self, num_spk=3, eps=1e-8):
        super().__init__()
        self.num_spk = num_spk
        self.eps = eps
        self.perms = list(itertools.permutations(range(num_spk)))

    def si_snr(self, est, ref):
        est = est - est.mean(axis=-1, keep_dims=True)
        ref = ref - ref.mean(axis=-1, keep_dims=True)
        scale = (est * ref).sum(axis=-1, keepdims=True) / ((ref * ref).sum(axis=-1, keepdims=True) + self.eps)
        target = scale * ref
        noise = est - target
        return 10.0 * ops.log10((target ** 2).sum(axis=-1) / ((noise ** 2).sum(axis=-1) + self.eps) + self.eps)

    def construct(self, est, ref):
        # est, ref: (batch, num_spk, samples)
        per_perm = []
        for perm in self.perms:
            score = 0.0
            for i in range(self.num_spk):
                score = score + self.si_snr(est[:, i], ref[:, perm[i]])
            per_perm.append(score / self.num_spk)
        table = ops.stack(per_perm, axis=1)
        best = ops.amax(table, axis=1)
        return -best.mean()


def make():
    np.random.seed(24)
    ref = np.random.randn(2, 3, 40).astype(np.float32)
    est = ref[:, ::-1] + 0.2 * np.random.randn(2, 3, 40).astype(np.float32)
    return PITSISNRLoss(), (Tensor(np.ascontiguousarray(est)), Tensor(ref))
