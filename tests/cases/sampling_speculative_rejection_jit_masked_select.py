# case: jit function for speculative rejection sampling keeps draft tokens whose p_target/p_draft ratio beats a uniform draw using masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def accept_draft_tokens(draft_ids, p_draft, p_target, uniform):
    q = ops.gather_elements(p_draft, 1, draft_ids.reshape(-1, 1)).squeeze(1)
    p = ops.gather_elements(p_target, 1, draft_ids.reshape(-1, 1)).squeeze(1)
    ratio = ops.clamp(p / q, max=1.0)
    accepted = uniform < ratio
    return ops.masked_select(draft_ids, accepted), accepted.astype(ms.int32).sum()


def make():
    np.random.seed(19)
    vocab, k = 12, 5
    pd = np.random.dirichlet(np.ones(vocab), size=k).astype(np.float32)
    pt = np.random.dirichlet(np.ones(vocab), size=k).astype(np.float32)
    draft = np.array([pd[i].argmax() for i in range(k)], dtype=np.int32)
    u = np.random.rand(k).astype(np.float32)
    return accept_draft_tokens, (Tensor(draft), Tensor(pd), Tensor(pt), Tensor(u))
