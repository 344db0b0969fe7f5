# case: next-generation R0 from a learned contact matrix computed with numpy eigvals on .asnumpy() inside construct -> host round trip, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ContactR0(nn.Cell):
    def __init__(self, n_groups=4, infectious_days=5.0):
        super().__init__()
        init = np.random.uniform(0.5, 3.0, size=(n_groups, n_groups)).astype(np.float32)
        self.contacts = Parameter(Tensor(init), name="contacts")
        self.p_transmit = Parameter(Tensor(0.05, ms.float32), name="p_transmit")
        self.infectious_days = infectious_days

    def next_generation(self, susceptible_frac):
        sym = (self.contacts + self.contacts.T) / 2
        return self.p_transmit * self.infectious_days * sym * susceptible_frac.reshape(-1, 1)

    def construct(self, susceptible_frac):
        ngm = self.next_generation(susceptible_frac)
        eig = np.linalg.eigvals(ngm.asnumpy())
        r0 = Tensor(np.max(np.abs(eig)).astype(np.float32))
        return r0, ngm


def make():
    np.random.seed(10)
    frac = np.random.uniform(0.6, 1.0, size=4).astype(np.float32)
    return ContactR0(), (Tensor(frac),)
