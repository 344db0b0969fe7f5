# case: @ms.jit function reshapes pooled trial enrolment into (n_sites, -1) where n_sites comes from int() of a tensor -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def per_site_response_rate(responses, n_sites):
    sites = int(n_sites)
    by_site = responses.reshape((sites, -1))
    return by_site.mean(axis=1)


def make():
    np.random.seed(32)
    resp = np.random.binomial(1, 0.4, size=24).astype(np.float32)
    return per_site_response_rate, (Tensor(resp), Tensor(4, ms.int32))
